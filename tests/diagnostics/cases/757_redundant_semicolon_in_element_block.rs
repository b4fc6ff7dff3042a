//! mistake: leaves a doubled `;;` in a block element
//! offending: ;;
//! category: lint
use comprehensions::comp;

struct Line {
    gross: u32,
    tax: u32,
}

fn main() {
    let rows = vec![Line { gross: 100, tax: 20 }, Line { gross: 50, tax: 5 }];
    let pct = comp![{ let net = r.gross - r.tax;; net * 100 / r.gross } for r in &rows];
    println!("{pct:?}");
}
