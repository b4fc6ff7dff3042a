//! mistake: summed `u32` byte counts of a lazy comprehension as `u64`
//! offending: sum::<u64>
//! category: type
use comprehensions::comp;

struct Flow {
    src: &'static str,
    bytes_out: u32,
}

fn main() {
    let flows = vec![
        Flow { src: "10.0.0.12", bytes_out: 3_400_000 },
        Flow { src: "10.0.0.12", bytes_out: 4_100_000_000 },
        Flow { src: "10.0.0.7", bytes_out: 1_200 },
    ];
    let exfil_total = comp!((f.bytes_out for f in &flows if f.src == "10.0.0.12")).sum::<u64>();
    println!("possible exfiltration: {exfil_total} bytes");
}
