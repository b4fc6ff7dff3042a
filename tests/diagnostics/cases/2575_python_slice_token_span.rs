//! mistake: cut each token's lexeme out of the source with a Python slice `src[a:b]`
//! offending: src[sp.start:sp.end]
//! category: python-habit
use comprehensions::comp;

struct Span {
    start: usize,
    end: usize,
}

fn main() {
    let src = "let answer = 42;";
    let spans = vec![Span { start: 0, end: 3 }, Span { start: 4, end: 10 }, Span { start: 13, end: 15 }];
    let lexemes: Vec<&str> = comp![&src[sp.start:sp.end] for sp in &spans];
    println!("{lexemes:?}");
}
