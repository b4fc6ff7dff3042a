//! mistake: an iterator of parse `Result`s summed straight into an `i32`
//! offending: sum()
//! category: try

struct Sheet {
    raw: Vec<String>,
}

impl Sheet {
    fn total(&self) -> i32 {
        let nums = self.raw.iter().map(|s| s.parse::<i32>());
        let total: i32 = nums.sum();
        total
    }
}

fn main() {
    let s = Sheet { raw: vec!["4".into(), "5".into()] };
    println!("{}", s.total());
}
