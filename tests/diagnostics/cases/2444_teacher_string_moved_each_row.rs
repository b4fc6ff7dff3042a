//! mistake: put the owned `teacher` String into every row, moving it on the first iteration
//! offending: teacher
//! category: ownership
use comprehensions::comp;

fn main() {
    let teacher = String::from("Ms. Park");
    let period_3 = vec!["Pia", "Quade", "Rhea"];
    let rows = comp![(teacher, student) for student in &period_3];
    println!("{rows:?}");
}
