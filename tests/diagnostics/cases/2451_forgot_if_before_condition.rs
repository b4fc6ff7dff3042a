//! mistake: wrote the filter condition after the iterable but forgot the `if`
//! offending: s.overdue_assignments > 2
//! category: syntax
use comprehensions::comp;

struct Student {
    name: &'static str,
    overdue_assignments: u32,
}

fn main() {
    let students = vec![Student { name: "Cato", overdue_assignments: 4 }, Student { name: "Dina", overdue_assignments: 0 }];
    let to_email = comp![s.name for s in &students s.overdue_assignments > 2];
    println!("{to_email:?}");
}
