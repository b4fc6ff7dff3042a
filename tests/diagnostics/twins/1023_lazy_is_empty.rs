//! mistake: `is_empty()` of a filtered iterator
//! offending: is_empty
//! category: type
struct Loan {
    title: &'static str,
    days: u32,
}

fn main() {
    let loans = vec![Loan { title: "Dune", days: 20 }, Loan { title: "Emma", days: 3 }];
    let overdue = loans.iter().filter(|l| l.days > 14).map(|l| l.title);
    if overdue.is_empty() {
        println!("nothing overdue");
    }
}
