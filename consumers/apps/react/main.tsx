// An agency's React 19 app. The form uses a React form action: React calls it with the form's
// data, then resets the form itself (React 19), which Plaza's fields must follow.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@plaza/components/error-summary.js';
import '@plaza/components/text-field.js';
import '@plaza/components/radio-group.js';
import '@plaza/components/button.js';
import type {} from '@plaza/components/react.js';

function PermitForm() {
  const [sent, setSent] = useState(0);
  const [name, setName] = useState('');

  async function send(data: FormData) {
    const body = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string') body.append(key, value);
    await fetch('/submit', { method: 'POST', body });
    setSent((count) => count + 1);
    setName('');
  }

  return (
    <>
      <h1>Apply for a parking permit</h1>
      <p id="status" role="status">
        {sent ? `Sent ${sent}` : ''}
      </p>
      <p id="mirror">{name}</p>
      <form action={send}>
        <plaza-error-summary></plaza-error-summary>
        <plaza-text-field
          name="full-name"
          label="Full name"
          autocomplete="name"
          required
          onInput={(event) => setName(event.currentTarget.value)}
        ></plaza-text-field>
        <plaza-radio-group
          name="contact"
          label="How should we contact you?"
          error-name="how we should contact you"
          required
        >
          <plaza-radio value="email" label="Email"></plaza-radio>
          <plaza-radio value="phone" label="Phone"></plaza-radio>
          <plaza-radio value="mail" label="Mail"></plaza-radio>
        </plaza-radio-group>
        <plaza-button>Continue</plaza-button>
        <plaza-button type="reset" variant="secondary" onClick={() => setName('')}>
          Start again
        </plaza-button>
      </form>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<PermitForm />);
