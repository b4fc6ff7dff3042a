//! mistake: a walrus binds an un-awaited `calibrate(..)` future and compares it with `1.0` (Python: `[(r, v) for r in raw if (v := await calibrate(r)) > 1.0]`)
//! offending: v > 1.0
//! category: async
async fn calibrate(raw: f64) -> f64 {
    raw * 1.02 - 0.1
}

async fn run() {
    let raw: Vec<f64> = vec![0.5, 3.0, 7.5];
    let mut ok = Vec::new();
    for r in &raw {
        let v = calibrate(*r);
        if v > 1.0 {
            ok.push((*r, v));
        }
    }
    println!("{}", ok.len());
}

fn main() {
    futures::executor::block_on(run());
}
