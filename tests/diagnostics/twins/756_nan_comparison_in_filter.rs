//! mistake: drops missing readings with `!= f64::NAN`, as `x != float("nan")`, which is always true
//! offending: r.value != f64::NAN
//! category: lint
struct Reading {
    id: u32,
    value: f64,
}

fn main() {
    let rows = vec![Reading { id: 1, value: 2.5 }, Reading { id: 2, value: f64::NAN }];
    let mut valid = Vec::new();
    for r in &rows {
        if r.value != f64::NAN {
            valid.push(r.id);
        }
    }
    println!("{valid:?}");
}
