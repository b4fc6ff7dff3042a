//! mistake: took each series' last close with Python's negative index `closes[-1]`
//! offending: -1
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct PriceSeries {
    ticker: String,
    closes: Vec<f64>,
}

fn main() {
    let series = vec![
        PriceSeries { ticker: "SPY".to_string(), closes: vec![508.1, 510.4, 507.9, 512.3] },
        PriceSeries { ticker: "QQQ".to_string(), closes: vec![431.0, 436.2, 433.8, 438.5] },
    ];
    let last: HashMap<&str, f64> = comp!({s.ticker.as_str(): s.closes[-1] for s in &series});
    println!("{last:?}");
}
