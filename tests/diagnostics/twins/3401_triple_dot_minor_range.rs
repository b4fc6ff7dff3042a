//! mistake: wrote an inclusive range of minor versions as `0...latest_minor`
//! offending: ...
//! category: syntax
fn main() {
    let latest_minor: u32 = 4;
    let mut tags: Vec<String> = Vec::new();
    for minor in 0...latest_minor {
        tags.push(format!("v1.{minor}.0"));
    }
    println!("{tags:?}");
}
