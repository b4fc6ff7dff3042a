//! mistake: wrote `parse<u64>()` without the turbofish `::`
//! offending: parse<u64>()
//! category: syntax

fn main() {
    let du = "4096\t/var/lib/docker\n123904\t/var/log\n8\t/var/tmp";
    let sizes_kb: Vec<u64> = du
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|fields| fields.0.parse<u64>().unwrap())
        .collect();
    println!("total {} KiB", sizes_kb.iter().sum::<u64>());
}
