//! mistake: wrote the lag range with three dots `1...max_lag`
//! offending: ...
//! category: syntax
fn autocorr(rets: &[f64], lag: usize) -> f64 {
    let n = rets.len() - lag;
    (0..n).map(|i| rets[i] * rets[i + lag]).sum::<f64>() / n as f64
}

fn main() {
    let rets = vec![0.01, -0.02, 0.015, -0.005, 0.007, 0.002, -0.011];
    let max_lag = 3;
    let acf: Vec<(usize, f64)> = (1...max_lag).map(|lag| (lag, autocorr(&rets, lag))).collect();
    println!("{acf:?}");
}
