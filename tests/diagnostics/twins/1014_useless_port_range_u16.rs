//! mistake: a chained range check `0 <= p <= 65535` on a `u16` port, both comparisons always true
//! offending: 0 <= p
//! category: lint

fn main() {
    let ports: Vec<u16> = vec![80, 443, 8080];
    let mut valid = Vec::new();
    for p in ports.iter().copied() {
        if 0 <= p && p <= 65535 {
            valid.push(p);
        }
    }
    println!("{valid:?}");
}
