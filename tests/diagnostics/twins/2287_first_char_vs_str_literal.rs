//! mistake: compared the first `char` of a config line with the string literal `"#"`
//! offending: "#"
//! category: type

fn main() {
    let fstab = "# <file system> <mount point> <type>\nUUID=1b2c /     ext4 defaults 0 1\nUUID=9f3e /var  xfs  noatime  0 2\n";
    let mounts: Vec<&str> = fstab
        .lines()
        .filter(|line| line.chars().next() != Some("#"))
        .map(|line| line.split_whitespace().nth(1).unwrap_or("?"))
        .collect();
    println!("{mounts:?}");
}
