fn main() {
    let raw: Vec<u32> = vec![12, 300, 255, 999, 0];
    let clamped: Vec<u32> = raw.into_iter().map(|v| min(v, 255)).collect();
    println!("{:?}", clamped);
}
