//! mistake: calling the slice method `windows(2)` on an iterator chain, for pairwise price moves
//! offending: windows
//! category: type
struct Candle {
    close: f64,
}

struct Series {
    rows: Vec<Candle>,
}

impl Series {
    fn moves(&self) -> Vec<f64> {
        self.rows.iter().map(|r| r.close).windows(2).map(|w| w[1] - w[0]).collect()
    }
}

fn main() {
    let s = Series { rows: vec![Candle { close: 1.0 }, Candle { close: 1.5 }] };
    println!("{:?}", s.moves());
}
