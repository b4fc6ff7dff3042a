//! mistake: calling the slice method `windows(2)` on a lazy comprehension (an iterator), for pairwise price moves
//! offending: windows
//! category: type
use comprehensions::comp;

struct Candle {
    close: f64,
}

struct Series {
    rows: Vec<Candle>,
}

impl Series {
    fn moves(&self) -> Vec<f64> {
        comp![w[1] - w[0] for w in comp!((r.close for r in &self.rows)).windows(2)]
    }
}

fn main() {
    let s = Series { rows: vec![Candle { close: 1.0 }, Candle { close: 1.5 }] };
    println!("{:?}", s.moves());
}
