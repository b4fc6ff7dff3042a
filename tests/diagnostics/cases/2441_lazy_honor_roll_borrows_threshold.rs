//! mistake: returned a lazy comprehension that borrows the by-value `min_gpa` parameter (no `move`)
//! offending: min_gpa
//! category: ownership
use comprehensions::comp;

struct Student {
    name: String,
    gpa: f64,
}

fn honor_roll(students: &[Student], min_gpa: f64) -> impl Iterator<Item = &str> + '_ {
    comp!((s.name.as_str() for s in students if s.gpa >= min_gpa))
}

fn main() {
    let students = vec![Student { name: "Noor".into(), gpa: 3.7 }, Student { name: "Omar".into(), gpa: 3.1 }];
    let names: Vec<&str> = honor_roll(&students, 3.5).collect();
    println!("{names:?}");
}
