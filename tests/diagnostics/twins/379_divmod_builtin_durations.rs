fn main() {
    let durations: Vec<u64> = vec![59, 61, 3600, 125];
    let mut mm_ss: Vec<(u64, u64)> = Vec::new();
    for s in &durations {
        mm_ss.push(divmod(*s, 60));
    }
    for (m, s) in mm_ss {
        println!("{m:02}:{s:02}");
    }
}
