//! mistake: dropped the lowest quiz score with a Python slice `sorted[1:]`
//! offending: [1:]
//! category: python-habit
fn main() {
    let mut quizzes = vec![7u32, 10, 4, 9, 8];
    quizzes.sort();
    let counted: Vec<u32> = quizzes[1:].iter().map(|q| q * 10).collect();
    println!("{counted:?}");
}
