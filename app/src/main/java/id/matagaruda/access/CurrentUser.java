package id.matagaruda.access;

/** The signed-in account as other modules see it: who, in which role, bound to which region code. */
public record CurrentUser(long id, String username, String fullName, Role role, String regionKode) {

    public boolean isNational() {
        return "00".equals(regionKode);
    }
}
