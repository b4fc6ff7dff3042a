//! offending: s.parse::<i32>()?
fn positives(cells: &[&str]) -> Option<Vec<i32>> {
    let mut out = Vec::new();
    for s in cells {
        let y = s.parse::<i32>()?;
        if y > 0 {
            out.push(y);
        }
    }
    Some(out)
}

fn main() {
    println!("{:?}", positives(&["3", "-1"]));
}
