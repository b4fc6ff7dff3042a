//! mistake: walrus binds s.len() (usize) and the element goes into a Vec<u32>
//! offending: n)
//! category: type

fn main() {
    let payloads = vec!["x".repeat(150), "y".repeat(20), "z".repeat(400)];
    let mut big: Vec<u32> = Vec::new();
    for s in &payloads {
        let n = s.len();
        if n > 100 {
            big.push(n);
        }
    }
    println!("{big:?}");
}
