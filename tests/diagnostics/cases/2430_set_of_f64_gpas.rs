//! mistake: built a set of distinct GPAs, but `f64` is neither `Eq` nor `Hash`
//! offending: s.gpa
//! category: type
use comprehensions::comp;

struct Student {
    name: &'static str,
    gpa: f64,
}

fn main() {
    let students = vec![
        Student { name: "Uma", gpa: 3.5 },
        Student { name: "Vic", gpa: 3.5 },
        Student { name: "Wes", gpa: 2.8 },
    ];
    let distinct = comp!({s.gpa for s in &students});
    println!("{} distinct GPAs among {} students", distinct.len(), students.iter().map(|s| s.name).count());
}
