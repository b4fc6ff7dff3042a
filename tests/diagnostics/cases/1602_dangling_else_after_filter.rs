//! mistake: an `else` after the filter, meaning the conditional element `code if code > 0 else 0`
//! offending: else 0
//! category: syntax
use comprehensions::comp;

struct Row {
    code: i32,
}

fn main() {
    let rows = vec![Row { code: 3 }, Row { code: -1 }];
    let codes = comp![r.code for r in &rows if r.code > 0 else 0];
    println!("{codes:?}");
}
