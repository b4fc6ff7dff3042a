//! mistake: closes a lazy display with one parenthesis too many before calling sum()
//! offending: n)))
//! category: syntax
use comprehensions::comp;

fn main() {
    let n = 10u32;
    let total: u32 = comp!((x * x for x in 1..=n))).sum();
    println!("{total}");
}
