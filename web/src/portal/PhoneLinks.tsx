/** Phones as tel: links so one tap on a mobile calls the Center. */
export function PhoneLinks({ phones }: { phones: string[] }) {
  return (
    <ul className="govgr-list">
      {phones.map((phone) => (
        <li key={phone} className="govgr-list__item">
          <a className="govgr-link" href={`tel:${phone.replace(/[^+\d]/g, '')}`}>
            {phone}
          </a>
        </li>
      ))}
    </ul>
  );
}
