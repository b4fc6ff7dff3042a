//! mistake: compared a `char` from the source with a string literal `"("`
//! offending: c == "("
//! category: type
fn main() {
    let src = "(define (square x) (* x x))";
    let opens: Vec<usize> = src.char_indices().filter(|&(_, c)| c == "(").map(|(i, _)| i).collect();
    println!("{opens:?}");
}
