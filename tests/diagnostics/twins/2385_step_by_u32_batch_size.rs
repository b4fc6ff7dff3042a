//! mistake: passed the config's `u32` batch size to `step_by`, which takes a `usize`
//! offending: step_by(cfg.batch_size)
//! category: type
struct LoaderConfig {
    batch_size: u32,
}

fn main() {
    let cfg = LoaderConfig { batch_size: 4 };
    let data: Vec<f32> = (0..10).map(|i| i as f32).collect();
    let b = cfg.batch_size as usize;
    let mut batches = Vec::new();
    for i in (0..data.len()).step_by(cfg.batch_size) {
        batches.push(data[i..(i + b).min(data.len())].to_vec());
    }
    println!("{batches:?}");
}
