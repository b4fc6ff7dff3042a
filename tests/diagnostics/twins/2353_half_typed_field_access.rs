//! mistake: half-typed element `q.ask - q.` (field name not written yet) while building the spread list
//! offending: q.)
//! category: syntax
struct Quote {
    bid: f64,
    ask: f64,
}

fn main() {
    let book = vec![Quote { bid: 1.0841, ask: 1.0843 }, Quote { bid: 1.0840, ask: 1.0844 }];
    let spreads: Vec<f64> = book.iter().map(|q| q.ask - q.).collect();
    println!("{spreads:?}");
}
