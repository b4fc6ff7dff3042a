//! mistake: picks the farthest station with max_by_key on an f64 distance, as Python's max(.., key=..) compares floats
//! category: type
fn main() {
    let stations = vec![("alpha", (1.0_f64, 2.0_f64)), ("beta", (3.5, -1.0)), ("gamma", (0.5, 0.5))];
    let farthest = stations.iter().map(|(name, (x, y))| (name, (x * x + y * y).sqrt())).max_by_key(|&(_, d)| d);
    println!("{farthest:?}");
}
