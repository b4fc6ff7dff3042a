//! mistake: computed `pct_change()` over consecutive bars in integer cents, where `Vec<f64>` is wanted
//! offending: (cur.close - prev.close) / prev.close
//! category: type
use comprehensions::comp;

struct Bar {
    ts: u64,
    close: i64, // cents
}

fn main() {
    let bars = vec![
        Bar { ts: 1, close: 10_000 },
        Bar { ts: 2, close: 10_250 },
        Bar { ts: 3, close: 9_990 },
    ];
    // Python: returns = [(cur.close - prev.close) / prev.close for prev, cur in zip(bars, bars[1:])]
    let returns: Vec<f64> =
        comp![(cur.close - prev.close) / prev.close for (prev, cur) in bars.iter().zip(bars.iter().skip(1))];
    println!("{} bars, returns {returns:?}", bars.iter().map(|b| b.ts).count());
}
