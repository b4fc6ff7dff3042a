//! mistake: compared a cast channel number without parentheses, `ch as usize < n`
//! offending: r.channel as usize < gains.len()
//! category: syntax
use comprehensions::comp;

struct RawSample {
    channel: u8,
    counts: i32,
}

fn main() {
    let gains: Vec<f64> = vec![0.5, 1.0, 2.0];
    let samples = vec![RawSample { channel: 1, counts: 400 }, RawSample { channel: 7, counts: 12 }];
    let scaled = comp![f64::from(r.counts) * gains[r.channel as usize] for r in &samples if r.channel as usize < gains.len()];
    println!("{scaled:?}");
}
