//! mistake: wrote `parse<u64>()` without the turbofish `::`
//! offending: parse<u64>()
//! category: syntax
use comprehensions::comp;

fn main() {
    let du = "4096\t/var/lib/docker\n123904\t/var/log\n8\t/var/tmp";
    let sizes_kb = comp![
        fields.0.parse<u64>().unwrap()
        for line in du.lines()
        if let Some(fields) = line.split_once('\t')
    ];
    println!("total {} KiB", sizes_kb.iter().sum::<u64>());
}
