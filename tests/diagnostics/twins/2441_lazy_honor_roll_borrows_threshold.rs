//! mistake: returned a lazy comprehension that borrows the by-value `min_gpa` parameter (no `move`)
//! offending: min_gpa
//! category: ownership
struct Student {
    name: String,
    gpa: f64,
}

fn honor_roll(students: &[Student], min_gpa: f64) -> impl Iterator<Item = &str> + '_ {
    students.iter().filter(|s| s.gpa >= min_gpa).map(|s| s.name.as_str())
}

fn main() {
    let students = vec![Student { name: "Noor".into(), gpa: 3.7 }, Student { name: "Omar".into(), gpa: 3.1 }];
    let names: Vec<&str> = honor_roll(&students, 3.5).collect();
    println!("{names:?}");
}
