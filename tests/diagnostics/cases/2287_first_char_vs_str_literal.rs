//! mistake: compared the first `char` of a config line with the string literal `"#"`
//! offending: "#"
//! category: type
use comprehensions::comp;

fn main() {
    let fstab = "# <file system> <mount point> <type>\nUUID=1b2c /     ext4 defaults 0 1\nUUID=9f3e /var  xfs  noatime  0 2\n";
    let mounts = comp![
        line.split_whitespace().nth(1).unwrap_or("?")
        for line in fstab.lines()
        if line.chars().next() != Some("#")
    ];
    println!("{mounts:?}");
}
