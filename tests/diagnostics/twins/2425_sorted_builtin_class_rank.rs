//! mistake: iterated Python's builtin `sorted(..)` to rank exam scores
//! offending: sorted
//! category: python-habit
fn main() {
    let exam_scores = vec![88u32, 92, 75, 60, 99];
    let ranked: Vec<String> = sorted(exam_scores).into_iter().map(|score| format!("{score:>3}")).collect();
    println!("{}", ranked.join(" "));
}
