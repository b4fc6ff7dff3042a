//! mistake: an iterator assigned inside a block over data loaded in that block, then iterated after the block ends
//! offending: data
//! category: ownership
fn load() -> Vec<i32> {
    vec![5, 10, 15]
}

fn main() {
    let doubled;
    {
        let data = load();
        doubled = data.iter().map(|x| x * 2);
    }
    for d in doubled {
        println!("{d}");
    }
}
