// A React 19 form using Plaza elements, type-checked against the published types.
import type {} from '@plaza/components/react.js';
import type { PageChangeDetail } from '@plaza/components';
import { useState } from 'react';

export function PermitForm() {
  const [page, setPage] = useState(1);
  const [name, setName] = useState('');
  return (
    <form action="/permit" method="post">
      <plaza-error-summary></plaza-error-summary>
      <plaza-text-field
        name="full-name"
        label="Full name"
        hint="As it appears on your ID"
        autocomplete="name"
        type="text"
        required
        value={name}
        className="wide"
        onInput={(event) => setName(event.currentTarget.value)}
      ></plaza-text-field>
      <plaza-date-input name="dob" label="Date of birth" required></plaza-date-input>
      <plaza-pagination
        current={page}
        total={5}
        onplaza-page-change={(event) =>
          setPage((event as CustomEvent<PageChangeDetail>).detail.page)
        }
      ></plaza-pagination>
      {/* @ts-expect-error: `total` is a number */}
      <plaza-pagination total="five"></plaza-pagination>
      {/* @ts-expect-error: not a property of the text field */}
      <plaza-text-field labell="Full name"></plaza-text-field>
      {/* @ts-expect-error: `type` is one of the text field's types */}
      <plaza-text-field type="colour"></plaza-text-field>
      <button>Continue</button>
    </form>
  );
}
