//! mistake: pushed a new sample into the ring buffer while a lazy filter over it was still alive
//! offending: buffer.push(Sample { ms: 4000, lux: 12.0 })
//! category: ownership
#[derive(Debug, Clone, Copy)]
struct Sample {
    ms: u32,
    lux: f32,
}

fn main() {
    let mut buffer = vec![Sample { ms: 1000, lux: 300.0 }, Sample { ms: 2000, lux: 8.0 }, Sample { ms: 3000, lux: 5.5 }];
    let dark = buffer.iter().filter(|s| s.lux < 10.0).map(|s| s.ms);
    buffer.push(Sample { ms: 4000, lux: 12.0 });
    for ms in dark {
        println!("dark at {ms} ms");
    }
}
