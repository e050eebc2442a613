import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'warning' | 'link';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
}

const variantClass: Record<Variant, string> = {
  primary: 'govgr-btn govgr-btn-primary',
  secondary: 'govgr-btn govgr-btn-secondary',
  warning: 'govgr-btn govgr-btn-warning',
  link: 'govgr-btn govgr-btn-link',
};

export function Button({ variant = 'primary', type = 'button', className, ...rest }: ButtonProps) {
  const classes = [variantClass[variant], className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
