//! mistake: iterated Python's builtin `sorted(..)` to rank exam scores
//! offending: sorted
//! category: python-habit
use comprehensions::comp;

fn main() {
    let exam_scores = vec![88u32, 92, 75, 60, 99];
    let ranked = comp![format!("{score:>3}") for score in sorted(exam_scores)];
    println!("{}", ranked.join(" "));
}
