//! mistake: `else` typed twice in a conditional element
//! offending: else else
//! category: syntax
use comprehensions::comp;

fn main() {
    let temps = vec![12, 25, 31];
    let labels = comp!["hot" if t > 28 else else "ok" for t in temps];
    println!("{labels:?}");
}
