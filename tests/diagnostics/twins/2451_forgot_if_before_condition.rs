//! mistake: wrote the filter condition after the iterable but forgot the `if`
//! offending: s.overdue_assignments > 2
//! category: syntax
struct Student {
    name: &'static str,
    overdue_assignments: u32,
}

fn main() {
    let students = vec![Student { name: "Cato", overdue_assignments: 4 }, Student { name: "Dina", overdue_assignments: 0 }];
    let mut to_email = Vec::new();
    for s in &students s.overdue_assignments > 2 {
        to_email.push(s.name);
    }
    println!("{to_email:?}");
}
