//! mistake: wrote a (name, gpa) pair element without the tuple's parentheses
//! offending: s.name, s.gpa
//! category: syntax
struct Student {
    name: &'static str,
    gpa: f64,
}

fn main() {
    let students = vec![Student { name: "Arlo", gpa: 3.3 }, Student { name: "Bria", gpa: 3.95 }];
    let pairs: Vec<(&str, f64)> = students.iter().map(|s| s.name, s.gpa).collect();
    println!("{pairs:?}");
}
