//! mistake: dropped the lowest quiz score with a Python slice `sorted[1:]`
//! offending: [1:]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let mut quizzes = vec![7u32, 10, 4, 9, 8];
    quizzes.sort();
    let counted = comp![q * 10 for q in quizzes[1:]];
    println!("{counted:?}");
}
