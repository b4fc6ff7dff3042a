//! mistake: chained comparison 0 <= t < 100 where t is a &i32 (iterating &temps)
fn main() {
    let temps = vec![-5, 20, 140, 37];
    let mut valid = Vec::new();
    for t in &temps {
        if 0 <= t && t < 100 {
            valid.push(*t);
        }
    }
    println!("{valid:?}");
}
