//! mistake: `is_empty()` of a filtered lazy form (Python's `if not overdue:` on what used to be a list)
//! offending: is_empty
//! category: type
use comprehensions::comp;

struct Loan {
    title: &'static str,
    days: u32,
}

fn main() {
    let loans = vec![Loan { title: "Dune", days: 20 }, Loan { title: "Emma", days: 3 }];
    let overdue = comp!((l.title for l in &loans if l.days > 14));
    if overdue.is_empty() {
        println!("nothing overdue");
    }
}
