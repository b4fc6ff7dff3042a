//! mistake: `(a, b, c)` over `xs.iter().zip(&ys).zip(&zs)`, which yields nested pairs `((a, b), c)` (Python's zip takes three)
//! offending: (a, b, c)
//! category: type
use comprehensions::comp;

fn main() {
    let base = vec![10, 20, 30];
    let tax = vec![1, 2, 3];
    let ship = vec![5, 5, 0];
    // Python: totals = [a + b + c for a, b, c in zip(base, tax, ship)]
    let totals = comp![a + b + c for (a, b, c) in base.iter().zip(&tax).zip(&ship)];
    println!("{totals:?}");
}
