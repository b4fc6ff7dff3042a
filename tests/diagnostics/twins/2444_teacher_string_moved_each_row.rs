//! mistake: put the owned `teacher` String into every row, moving it on the first iteration
//! offending: teacher
//! category: ownership
fn main() {
    let teacher = String::from("Ms. Park");
    let period_3 = vec!["Pia", "Quade", "Rhea"];
    let mut rows = Vec::new();
    for student in &period_3 {
        rows.push((teacher, student));
    }
    println!("{rows:?}");
}
