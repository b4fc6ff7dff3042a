use std::time::Duration;

fn main() {
    let timeouts: Vec<f64> = vec![0.5, 2.0, 10.0];
    let mut delays: Vec<Duration> = Vec::new();
    for t in &timeouts {
        delays.push(Duration::from_secs(t));
    }
    println!("{:?}", delays);
}
