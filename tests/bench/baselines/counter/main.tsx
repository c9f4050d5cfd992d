import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** The bundle-size baseline: the smallest React 19 app, built with the same vite as the planner. */
function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Clicked {count} times
    </button>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Counter />
  </StrictMode>,
);
