import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import type { Question } from '../../components/verdicts/verdict-types.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { localized, type PublicCenter } from '../../lib/types.js';
import { checkBenefits, type Answers, type CheckResult } from './check-benefits.js';
import { draftFor, readDrafts, type Draft, type Drafts } from './drafts.js';
import { QuestionField } from './QuestionField.js';
import { ResultsView } from './ResultsView.js';

/** Questions per step: few enough for a small phone screen. */
const STEP_SIZE = 3;

type Stage = 'start' | 'questions' | 'results';

/**
 * «Τι δικαιούμαι;»: asks the questions the rules still need, a few at a time, and shows what the
 * household may be entitled to. Nothing is stored; no name or ΑΜΚΑ is asked.
 */
export function BenefitsCheckPage({ center }: { center: PublicCenter | undefined }) {
  const { t, i18n } = useTranslation();
  const submit = useSubmit();
  const [stage, setStage] = useState<Stage>('start');
  const [answers, setAnswers] = useState<Answers>({});
  const [result, setResult] = useState<CheckResult | null>(null);
  /** The steps shown so far; the last is the current one. */
  const [steps, setSteps] = useState<Question[][]>([]);
  const [drafts, setDrafts] = useState<Drafts>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepIndex = steps.length - 1;
  const current = steps[stepIndex] ?? [];

  const title = t('benefitsCheck.title');
  const pageName =
    stage === 'questions'
      ? t('benefitsCheck.stepTitle', { n: stepIndex + 1 })
      : stage === 'results'
        ? t('benefitsCheck.results.title')
        : title;
  useDocumentTitle(
    t('common.pageTitle', {
      page: stage === 'start' ? title : `${pageName} – ${title}`,
      site: t('common.appName'),
    }),
  );

  // A new step or the results: start reading from its heading, at the top.
  useEffect(() => {
    if (stage === 'start') return;
    headingRef.current?.focus();
    window.scrollTo(0, 0);
  }, [stage, stepIndex]);

  const asked = new Set(steps.flat().map((q) => q.id));
  const remaining = (result?.questions ?? []).filter((q) => !asked.has(q.id));
  const totalSteps = stepIndex + 1 + Math.ceil(remaining.length / STEP_SIZE);
  const label = (q: Question) => localized(q.label, i18n.language);

  function showStep(questions: Question[], known: Answers) {
    const next: Drafts = {};
    for (const q of questions) next[q.id] = draftFor(q, known[q.id]);
    setDrafts(next);
    setSteps((s) => [...s, questions]);
  }

  async function begin() {
    const checked = await submit.run(() => checkBenefits({}));
    if (!checked) return;
    setResult(checked);
    if (checked.questions.length === 0) {
      setStage('results');
      return;
    }
    setSteps([]);
    showStep(checked.questions.slice(0, STEP_SIZE), {});
    setStage('questions');
  }

  /** Reads the current step; null when something typed cannot be read. */
  function readStep(): Answers | null {
    const read = readDrafts(current, drafts, answers, label, t);
    if (!submit.validate(read.messages)) return null;
    return read.answers;
  }

  async function next(event: FormEvent) {
    event.preventDefault();
    const known = readStep();
    if (!known) return;
    const checked = await submit.run(() => checkBenefits(known));
    if (!checked) return;
    setAnswers(known);
    setResult(checked);
    const upcoming = checked.questions.filter((q) => !asked.has(q.id));
    if (upcoming.length === 0) {
      setStage('results');
      return;
    }
    showStep(upcoming.slice(0, STEP_SIZE), known);
  }

  async function resultsNow() {
    const known = readStep();
    if (!known) return;
    const checked = await submit.run(() => checkBenefits(known));
    if (!checked) return;
    setAnswers(known);
    setResult(checked);
    setStage('results');
  }

  function back() {
    submit.clear();
    if (stepIndex <= 0) {
      setSteps([]);
      setStage('start');
      return;
    }
    const previous = steps[stepIndex - 1] ?? [];
    const restored: Drafts = {};
    for (const q of previous) restored[q.id] = draftFor(q, answers[q.id]);
    setDrafts(restored);
    setSteps((s) => s.slice(0, -1));
  }

  function changeAnswers() {
    submit.clear();
    if (steps.length === 0) {
      setStage('start');
      return;
    }
    const restored: Drafts = {};
    for (const q of current) restored[q.id] = draftFor(q, answers[q.id]);
    setDrafts(restored);
    setStage('questions');
  }

  function restart() {
    submit.clear();
    setAnswers({});
    setResult(null);
    setSteps([]);
    setDrafts({});
    setStage('start');
  }

  if (stage === 'results' && result) {
    return (
      <ResultsView
        result={result}
        center={center}
        headingRef={headingRef}
        askedQuestions={steps.flat()}
        onChange={changeAnswers}
        onRestart={restart}
      />
    );
  }

  if (stage === 'questions') {
    return (
      <>
        <p className="govgr-caption-l" data-testid="wizard-progress">
          {t('benefitsCheck.progress', { n: stepIndex + 1, total: totalSteps })}
        </p>
        <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        <progress
          className="kt-progress"
          max={totalSteps}
          value={stepIndex + 1}
          aria-label={t('benefitsCheck.progress', { n: stepIndex + 1, total: totalSteps })}
        />
        <ErrorSummary messages={submit.messages} />
        <form noValidate onSubmit={(e) => void next(e)} aria-labelledby="step-heading">
          <h2 className="govgr-heading-l" id="step-heading">
            {t('benefitsCheck.stepTitle', { n: stepIndex + 1 })}
          </h2>
          {current.map((q) => (
            <QuestionField
              key={q.id}
              question={q}
              draft={drafts[q.id] ?? ''}
              onChange={(d: Draft) => setDrafts((all) => ({ ...all, [q.id]: d }))}
              errors={submit.fieldErrors}
            />
          ))}
          <div className="govgr-button-group kt-inline-actions">
            <Button type="submit" disabled={submit.submitting}>
              {t('benefitsCheck.continue')}
            </Button>
            <Button variant="secondary" onClick={back} disabled={submit.submitting}>
              {t('benefitsCheck.back')}
            </Button>
          </div>
          <p className="govgr-body">
            <Button variant="link" onClick={() => void resultsNow()} disabled={submit.submitting}>
              {t('benefitsCheck.resultsNow')}
            </Button>
          </p>
        </form>
      </>
    );
  }

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <p className="govgr-body-l">{t('benefitsCheck.intro')}</p>
      <div className="govgr-notification-banner govgr-notification-banner--success">
        <div className="govgr-notification-banner__content">
          <p className="govgr-body govgr-!-font-weight-bold">{t('benefitsCheck.privacy')}</p>
        </div>
      </div>
      <ul className="govgr-list govgr-list--bullet">
        <li>{t('benefitsCheck.startPoints.time')}</li>
        <li>{t('benefitsCheck.startPoints.unknown')}</li>
        <li>{t('benefitsCheck.startPoints.estimate')}</li>
      </ul>
      <ErrorSummary messages={submit.messages} />
      <Button className="govgr-btn-cta" onClick={() => void begin()} disabled={submit.submitting}>
        {t('benefitsCheck.start')}
      </Button>
      <p className="govgr-body">
        <Link className="govgr-link" href="/">
          {t('common.backHome')}
        </Link>
      </p>
    </>
  );
}
